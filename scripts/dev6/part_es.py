from common import *  # part es: written blind

# ---------------------------------------------------------------- solicitudes
add("es-01-borren-datos", "bicimad_fan22@correo-rapido.example", "datos",
    "borren mis datos por favor\n",
    R(["Erasure"], "bicimad_fan22@correo-rapido.example"))

add("es-02-acceso-formal", "María del Carmen Ruiz de Alarcón Ibáñez <mcarmen.ruizdealarcon@correo-es.example>",
    "Ejercicio del derecho de acceso (art. 15 RGPD)",
    """Estimados señores:

Por medio del presente escrito ejercito el derecho de acceso reconocido en el artículo 15 del Reglamento (UE) 2016/679 y en el artículo 13 de la Ley Orgánica 3/2018.

Soy titular de un abono de transporte personal (n.º 0021 4487 3390) desde 2021. Solicito que me faciliten copia de todos los datos personales que traten sobre mí, incluidos los registros de validaciones, los datos de recarga y pago y cualquier expediente sancionador, así como los fines del tratamiento, los destinatarios y el plazo de conservación.

Adjunto copia de mi DNI.

Atentamente,

María del Carmen Ruiz de Alarcón Ibáñez
C/ Almendros 23, 4.º B
""",
    R(["Access"], "mcarmen.ruizdealarcon@correo-es.example", "María del Carmen", "Ruiz de Alarcón Ibáñez"))

add("es-03-camaras-autobus", "Javier Montero Salgado <javier.montero.s@mailbox-es.example>", "Grabaciones cámaras autobús línea 27",
    """Hola,

El viernes 6 de noviembre sobre las 19:20 me robaron el móvil en el autobús de la línea 27, dirección Plaza Mayor. Ya he puesto la denuncia. Quisiera obtener las grabaciones de las cámaras del autobús en las que aparezco. Iba sentado en la parte de atrás, con una sudadera amarilla.

Gracias,
Javier Montero Salgado
""",
    R(["Access"], "javier.montero.s@mailbox-es.example", "Javier", "Montero Salgado"))

add("es-04-sms-publicidad", "Lucía Fernández Gil <lucia.fdez.gil@correo-rapido.example>", "sms publicidad",
    """hola porfavor dejen de mandarme sms de publicidad de la bici y del abono, nunca e dado permiso para eso. gracias

lucia fernandez
""",
    R(["Opposition"], "lucia.fdez.gil@correo-rapido.example", "Lucía", "Fernández Gil"))

add("es-05-segundo-apellido", "Álvaro Peña Castellanos <alvaro.pena.c@uni-es.example>", "Error en mi abono joven",
    """Buenos días,

En mi abono joven aparece solo "Álvaro Peña", falta el segundo apellido (Castellanos), y el revisor me puso pegas porque no coincidía con el DNI. ¿Pueden corregirlo en sus datos y en la tarjeta?

Un saludo,
Álvaro Peña Castellanos
""",
    R(["Rectification"], "alvaro.pena.c@uni-es.example", "Álvaro", "Peña Castellanos"))

add("es-06-latin1-supresion", "Begoña Etxeberria Olano <begona.etxeberria@euskomail.example>", "Baja y supresión de datos",
    """Kaixo / Hola:

Me he mudado a Bilbao y ya no uso el servicio de bicicletas. Les pido que den de baja mi cuenta, supriman todos mis datos personales (también la tarjeta bancaria) y que no me envíen más comunicaciones comerciales.

Muchas gracias,
Begoña Etxeberria Olano
""",
    R(["Erasure", "Opposition"], "begona.etxeberria@euskomail.example", "Begoña", "Etxeberria Olano"),
    ct=LATIN1, encode="latin-1")

add("es-07-madre-hijo", "Rocío Navarro Quintana <rocio.navarro.q@familia-mail.example>", "Datos de mi hijo menor",
    """Buenas tardes:

Soy la madre de Hugo Sánchez Navarro, de 14 años, que tiene un abono joven. La semana pasada un inspector le retuvo la tarjeta y le tomó los datos sin que yo estuviera presente. Como su representante legal, solicito copia de todos los datos que tienen de mi hijo, incluido lo que anotó el inspector.

Adjunto el libro de familia.

Saludos,
Rocío Navarro Quintana
""",
    R(["Access"], "rocio.navarro.q@familia-mail.example", "Hugo", "Sánchez Navarro", representative="Rocío Navarro Quintana"))

add("es-08-sancion-automatica", "Diego Alejandro Vargas Rincón <diego.vargas.r@correo-es.example>", "Sanción generada automáticamente - revisión humana",
    """Hola,

Me ha llegado una sanción de 100 € porque, según el sistema, "no validé" la tarjeta en el metro. Pasé por los tornos como siempre. La carta dice que la sanción se emitió de forma automática con los datos de los validadores.

Pido que una persona revise mi caso y me expliquen cómo decide el sistema. No acepto una decisión tomada solo por una máquina.

Diego Alejandro Vargas Rincón
""",
    R(["AutomatedDecision"], "diego.vargas.r@correo-es.example", "Diego Alejandro", "Vargas Rincón"))

add("es-09-portabilidad", "Marta Iglesias Pardo <marta.iglesias.p@empresa-es.example>", "Historial de viajes en formato electrónico",
    """Hola,

Mi empresa me reembolsa los desplazamientos y necesito el historial completo de viajes de mi tarjeta de 2025 y 2026 en un formato que se pueda abrir con Excel (CSV). Según tengo entendido es mi derecho a la portabilidad.

Número de tarjeta: 0021 9930 1174

Gracias,
Marta Iglesias Pardo
""",
    R(["Portability"], "marta.iglesias.p@empresa-es.example", "Marta", "Iglesias Pardo"))

add("es-10-mayusculas-ubicacion", "FRANCISCO JAVIER ROLDÁN MORA <fj.roldan@correo-mayor.example>", "UBICACION",
    """QUIERO SABER PARA QUE USAN MI UBICACION EN LA APLICACION DE LAS BICIS Y A QUIEN SE LA PASAN. NO QUIERO COPIA, QUIERO UNA EXPLICACION.
FRANCISCO JAVIER ROLDAN
""",
    R(["Information"], "fj.roldan@correo-mayor.example", "Francisco Javier", "Roldán Mora"))

add("es-11-reenvio-companera", "Patricia Lozano <patricia.lozano@acme-corp.example>", "RV: sanción recurrida - no cedan mis datos",
    """Hola equipo de protección de datos:

Os reenvío este correo que llegó a atención al cliente. La clienta tiene una sanción recurrida y pide que no se usen sus datos mientras tanto.

Un saludo,
Patricia Lozano
Atención al Cliente

---------- Mensaje reenviado ----------
De: Nerea Urquijo Bastida <nerea.urquijo@correo-norte.example>
Fecha: jueves, 12 de noviembre de 2026, 9:05
Asunto: sanción recurrida
Para: atencion.cliente@acme-corp.example

He recurrido la sanción n.º S-2026-33018. Mientras se resuelve el recurso, solicito la limitación del tratamiento de mis datos y que no se envíen a ninguna empresa de recobro.
Nerea Urquijo Bastida
""",
    R(["Restriction"], "nerea.urquijo@correo-norte.example", "Nerea", "Urquijo Bastida"))

add("es-12-hijo-heredero", "Carlos Domínguez Herrera <carlos.dominguez.h@correo-es.example>", "Fallecimiento de mi padre",
    """Buenos días:

Mi padre, Manuel Domínguez Soto, falleció el pasado 25 de septiembre. Tenía la tarjeta de mayores y una cuenta en su web. Como heredero, les solicito que cancelen la cuenta y supriman sus datos. Puedo enviarles el certificado de defunción.

Atentamente,
Carlos Domínguez Herrera
""",
    R(["Erasure"], "carlos.dominguez.h@correo-es.example", "Manuel", "Domínguez Soto", representative="Carlos Domínguez Herrera"))

add("es-13-html-tarjeta-perdida", "Paula Ortega Ríos <paula.ortega.rios@correo-sur.example>", "Tarjeta perdida",
    html("Hola:",
         "He perdido mi tarjeta de transporte con el abono mensual cargado. ¿Cómo puedo bloquearla y pedir un duplicado sin perder el abono de noviembre?",
         "Gracias,<br>Paula Ortega Ríos"),
    R(["Unknown"], "paula.ortega.rios@correo-sur.example", "Paula", "Ortega Ríos"), ct=HTML)

add("es-14-enfado-revisor", "Raúl Benítez Calvo <raul.benitez.c@correo-rapido.example>", "Queja revisor y mis datos",
    """Buenas,

Les escribo muy enfadado. El martes en el tren de cercanías de las 8:10 un revisor me pidió el billete, se lo enseñé en el móvil, y como la pantalla tenía una raja me dijo que no podía leerlo y que era fraude. Le ofrecí enseñarle el justificante de compra y ni lo miró. Me pidió el DNI, le hizo una foto con su aparato y me dijo que me llegaría una multa a casa. Todo delante de un vagón lleno de gente.

Quiero que me den una copia de todos los datos que tienen de mí, incluida la foto de mi DNI, y después que borren esa foto, porque no tenían derecho a sacarla.

Y espero una disculpa.

Raúl Benítez Calvo
Enviado desde mi Xiaomi
""",
    R(["Access", "Erasure"], "raul.benitez.c@correo-rapido.example", "Raúl", "Benítez Calvo"))

add("es-15-familia-replyto", "Familia Moreno Vidal <familia.morenovidal@hogar.example>", "Retiro consentimiento ubicación",
    """Hola, soy Irene Moreno Vidal, escribo desde el correo de casa; por favor respondan a mi dirección personal.

Retiro mi consentimiento para que la aplicación use mi ubicación en segundo plano y para los análisis de uso. Por favor, dejen de tratar esos datos.

Gracias,
Irene
""",
    R(["Opposition"], "irene.moreno.vidal@personal-mail.example", "Irene", "Moreno Vidal"),
    headers=["Reply-To: Irene Moreno Vidal <irene.moreno.vidal@personal-mail.example>"])

# ---------------------------------------------------------------- tareas
add("es-16-tarea-encargado", "Sergio Cabrera <sergio.cabrera@acme-corp.example>", "Revisión contrato encargado del tratamiento - app bicis",
    """Hola,

Vamos a cambiar de proveedor de la app de bicicletas compartidas (la nueva empresa es RuedaSoft). ¿Podéis revisar el contrato de encargado del tratamiento antes de que lo firme Dirección? Está en la carpeta de Compras.

Gracias,
Sergio Cabrera
Responsable de Movilidad Sostenible
""",
    TASK("sergio.cabrera@acme-corp.example", "Sergio", "Cabrera"))

add("es-17-tarea-registro", "Laura Mejías <laura.mejias@acme-corp.example>", "Registro de actividades - cámaras en cocheras",
    """Buenos días,

Hemos instalado cámaras nuevas en las cocheras de Valdelarra, que también graban la zona de descanso de los conductores. ¿Podéis actualizar el registro de actividades de tratamiento y decirnos si hace falta una evaluación de impacto?

Laura Mejías
Seguridad Patrimonial
""",
    TASK("laura.mejias@acme-corp.example", "Laura", "Mejías"))

add("es-18-tarea-formacion", "Andrés Pizarro <andres.pizarro@acme-corp.example>", "Formación RGPD para inspectores",
    """Hola,

Los nuevos inspectores empiezan en enero. ¿Podríais preparar una sesión de formación sobre cómo tratar los datos de los viajeros durante las inspecciones (DNI, fotos, sanciones)?

Andrés
Jefe de Inspección
""",
    TASK("andres.pizarro@acme-corp.example", "Andrés", "Pizarro"))

# ---------------------------------------------------------------- incidentes
add("es-19-incidente-tablet", "Óscar Villalba <oscar.villalba@acme-corp.example>", "Tablet de inspección perdida",
    """Hola,

Un compañero ha perdido la tablet de inspección en la estación de Atocha-Sur esta mañana. Tiene las actas de las sanciones de hoy (nombres, DNI, direcciones). No sabemos si estaba cifrada. Ya hemos avisado a Sistemas.

Óscar Villalba
Coordinador de Inspección
""",
    INC("oscar.villalba@acme-corp.example", "Óscar", "Villalba"))

add("es-20-incidente-correo-ajeno", "Tomás Aguirre Beltrán <tomas.aguirre.b@correo-norte.example>", "Me ha llegado la multa de otra persona",
    """Hola,

Hoy he recibido en mi correo una notificación de sanción que no es mía: viene a nombre de otra persona, con su DNI, su dirección y el importe. Creo que se han equivocado al escribir el correo. Se lo comunico para que lo solucionen.

Tomás Aguirre Beltrán
""",
    INC("tomas.aguirre.b@correo-norte.example", "Tomás", "Aguirre Beltrán"))

# ---------------------------------------------------------------- seguimientos
add("es-21-seguimiento-dsr", "Encarnación Blasco Ferrer <encarna.blasco@correo-es.example>", "RE: [DSR-42881] Hemos recibido su solicitud",
    """Buenos días,

Ha pasado más de un mes y no he recibido respuesta a mi solicitud. Les ruego que me digan en qué estado está.

Encarnación Blasco Ferrer

> Hemos recibido su solicitud y la hemos registrado con la referencia DSR-42881.
""",
    FU("42881", "encarna.blasco@correo-es.example", "Encarnación", "Blasco Ferrer"))

add("es-22-seguimiento-camaras", "Javier Montero Salgado <javier.montero.s@mailbox-es.example>", "Re: Grabaciones cámaras autobús línea 27",
    """Hola otra vez, les paso el número de la denuncia: 2026/NC/11873. La policía dice que también pueden pedirlas ellos directamente. ¿Las tienen guardadas?

Javier
""",
    FU(ref("es-03-camaras-autobus"), "javier.montero.s@mailbox-es.example", "Javier", "Montero Salgado"),
    headers=irt("es-03-camaras-autobus"))

# ---------------------------------------------------------------- ignorar
add("es-23-phishing-reembolso", "Devoluciones Transporte <reembolsos@abono-devolucion.example>", "Tiene un reembolso pendiente de 42,80 €",
    """Estimado cliente:

Tiene un reembolso pendiente por cobros duplicados en su abono. Para recibirlo, introduzca los datos de su tarjeta bancaria antes de 24 horas:

http://abono-devolucion.example/reembolso

Atentamente,
Departamento de Devoluciones
""",
    IGN("spam", "reembolsos@abono-devolucion.example"),
    headers=SPAM_HDR + [AUTH(spf="fail", dkim="none", dmarc="fail", dom="abono-devolucion.example")])

add("es-24-venta-borrado", "Cristina de DataLimpia <cristina@datalimpia.example>", "Elimine datos obsoletos de sus clientes en 1 clic",
    """Hola,

¿Sabía que conservar datos de viajeros más tiempo del necesario puede costarle una sanción de la AEPD? DataLimpia detecta y elimina automáticamente los datos caducados en sus sistemas.

¿Le viene bien una llamada de 15 minutos esta semana?

Cristina Sáez
Ejecutiva de Cuentas, DataLimpia
Si no desea recibir más correos, responda BAJA.
""",
    IGN("spam", "cristina@datalimpia.example"))

add("es-25-fuera-oficina", "Jorge Espinosa <jorge.espinosa@consorcio-transportes.example>", "Respuesta automática: Cesión de datos tarjeta joven",
    """Estaré fuera de la oficina hasta el 30 de noviembre sin acceso al correo. Para asuntos urgentes, contacte con secretaria@consorcio-transportes.example.

Un saludo,
Jorge Espinosa
""",
    IGN("auto_reply", "jorge.espinosa@consorcio-transportes.example"), headers=["Auto-Submitted: auto-replied"])
