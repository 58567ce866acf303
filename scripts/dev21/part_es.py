# Development set 21, Spanish (Spain and Latin American variants).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("es-01-que-tienen", "Lucía Moreno Castillo <lucia.moreno.castillo@correo-es.example>",
    "¿Qué tienen guardado de mí?",
    """Hola,

Uso la tarjeta RegioPass desde hace tres años para ir al trabajo en tren y en bus. Me gustaría que
me enviaran todo lo que tienen registrado sobre mí: mis datos personales, los viajes, las recargas
y las llamadas que he hecho a atención al cliente.

Gracias de antemano,
Lucía Moreno Castillo
""", R(["Access"], "lucia.moreno.castillo@correo-es.example", "Lucía", "Moreno Castillo"))

add("es-02-baja-cuenta", "pepe.navarro84@mail-rapido.example", "baja",
    """hola quiero darme de baja de la app y q borren todos mis datos ya no vivo en la zona gracias

Enviado desde mi Samsung Galaxy
""", R(["Erasure"], "pepe.navarro84@mail-rapido.example"))

add("es-03-whatsapp", "Iñaki Etxeberria Goikoetxea <inaki.etxeberria@euskal-mail.example>",
    "Mensajes publicitarios por WhatsApp",
    """Buenas,

Di mi móvil para que me avisaran de incidencias en la línea de cercanías y ahora me llegan por
WhatsApp ofertas del abono turístico y de la tarjeta regalo. No quiero recibir más publicidad por
ningún canal. Los avisos de incidencias sí, esos me sirven.

Un saludo,
Iñaki Etxeberria
""", R(["Opposition"], "inaki.etxeberria@euskal-mail.example", "Iñaki", "Etxeberria Goikoetxea"))

add("es-04-segundo-apellido", "María José Fernández Ruiz <mj.fernandezruiz@correo-es.example>",
    "Falta mi segundo apellido en el abono",
    """Buenos días:

En mi abono anual aparece únicamente «María José Fernández», sin el segundo apellido. En el último
control el interventor me dijo que no coincidía con el DNI. ¿Pueden corregirlo para que figure
María José Fernández Ruiz?

Atentamente,
María José Fernández Ruiz
""", R(["Rectification"], "mj.fernandezruiz@correo-es.example", "María José", "Fernández Ruiz"))

add("es-05-camaras", "Javier Ortega Blanco <javier.ortega@telefonica-mail.example>",
    "Cámaras en los autobuses interurbanos",
    """Hola,

He visto que los autobuses de la línea 510 llevan un cartel de «zona videovigilada». ¿Cuánto tiempo
guardan las grabaciones, quién puede verlas y con qué base legal graban a los viajeros? También me
gustaría saber si se graba audio.

Gracias,
Javier Ortega
""", R(["Information"], "javier.ortega@telefonica-mail.example", "Javier", "Ortega Blanco"))

add("es-06-abono-joven", "Carla Giménez Soler <carla.gimenez@universitat-mail.example>",
    "Rechazo automático del Abono Joven",
    """Hola:

Solicité el Abono Joven por la web y el sistema me lo denegó al instante diciendo que «la
verificación automática de edad no ha sido superada». Tengo 24 años, el límite son 26. Supongo que
el lector del DNI leyó mal la fecha.

Pido que una persona revise mi solicitud y que me expliquen cómo funciona esa verificación.

Carla Giménez Soler
""", R(["AutomatedDecision"], "carla.gimenez@universitat-mail.example", "Carla", "Giménez Soler"))

add("es-07-acceso-oposicion", "Alejandro de la Fuente Ibáñez <a.delafuente@abogados-mail.example>",
    "Ejercicio de los derechos de acceso y oposición",
    """Muy señores míos:

Por medio del presente escrito ejercito el derecho de acceso previsto en el artículo 15 del RGPD,
solicitando copia de los datos personales que sobre mí obren en sus ficheros, incluidos los datos de
uso de mi tarjeta RegioPass.

Asimismo, al amparo del artículo 21 del RGPD, me opongo al tratamiento de dichos datos con fines de
elaboración de perfiles comerciales y de envío de comunicaciones publicitarias.

Adjunto copia de mi DNI.

Alejandro de la Fuente Ibáñez
""", R(["Access", "Opposition"], "a.delafuente@abogados-mail.example", "Alejandro", "de la Fuente Ibáñez"))

add("es-08-recurso-multa", "Rocío Vázquez Lorenzo <rocio.vazquez@correo-sur.example>",
    "Recurso contra sanción - limitación del tratamiento",
    """Buenas tardes,

He presentado recurso contra la sanción que me impusieron el 22 de octubre en el tranvía (expediente
SAN-2026-4471). Mientras se resuelve, solicito que limiten el tratamiento de mis datos y que no los
cedan a ninguna empresa de cobro ni los incluyan en ficheros de morosos.

Saludos,
Rocío Vázquez Lorenzo
""", R(["Restriction"], "rocio.vazquez@correo-sur.example", "Rocío", "Vázquez Lorenzo"))

add("es-09-portabilidad-mx", "Diego Hernández Salinas <diego.hernandez@mx-correo.example>",
    "Pasar mis viajes a otra app",
    """Qué tal,

Soy mexicano y vivo aquí desde hace dos años. Me cambio a la app MoveUp que junta todos los
transportes, y me piden importar mi historial. ¿Me pueden mandar mis viajes y pagos en un archivo
que se pueda leer con computadora (JSON, CSV) o mandárselo directamente a ellos?

Saludos cordiales,
Diego Hernández Salinas
""", R(["Portability"], "diego.hernandez@mx-correo.example", "Diego", "Hernández Salinas"))

add("es-10-madre-foto", "Pilar Romero Díaz <pilar.romero@familia-mail.example>",
    "Foto de mi hijo en la tarjeta escolar",
    """Hola,

Mi hijo Hugo Sánchez Romero, de 11 años, tenía tarjeta escolar con foto. Ya no va a ese colegio y
no la necesita. Como madre, les pido que eliminen su foto y el resto de sus datos.

Un saludo,
Pilar Romero
""", R(["Erasure"], "pilar.romero@familia-mail.example", "Hugo", "Sánchez Romero",
       representative="Pilar Romero Díaz"))

add("es-11-gestoria", "Gestoría Llorente <administracion@gestoria-llorente.example>",
    "Cliente D. Ramón Castaño Prieto - DNI erróneo en sanción",
    """Estimados señores:

Actuamos en nombre de nuestro cliente D. Ramón Castaño Prieto, con autorización firmada que se
adjunta. En la sanción que recibió figura un DNI que no es el suyo (termina en 23K en vez de 32K).

Solicitamos (i) que se rectifique dicho dato y (ii) que se nos facilite copia de toda la información
personal de nuestro cliente vinculada a dicho expediente.

Atentamente,
Teresa Llorente Vidal
Gestoría Llorente
""", R(["Rectification", "Access"], "administracion@gestoria-llorente.example", "Ramón", "Castaño Prieto",
       representative="Teresa Llorente Vidal"))

add("es-12-tarjeta-rota", "Antonio Rubio <antonio.rubio@correo-es.example>",
    "tarjeta rota",
    """Buenas, se me ha partido la tarjeta RegioPass por la mitad. ¿Cómo pido un duplicado y se conserva el
saldo? Gracias. Antonio Rubio
""", R(["Unknown"], "antonio.rubio@correo-es.example", "Antonio", "Rubio"))

add("es-13-html-encuestas", "Marta Serrano Gil <marta.serrano@webcorreo.example>",
    "Encuestas y boletín",
    html("Hola:",
         "Retiro el consentimiento que di para recibir el boletín mensual y las encuestas de satisfacción. Por favor, no me escriban más con esos fines y borren mi dirección de correo de esas listas.",
         "Un saludo,<br>Marta Serrano Gil"),
    R(["Opposition", "Erasure"], "marta.serrano@webcorreo.example", "Marta", "Serrano Gil"), ct=HTML)

add("es-14-revisor-dni", "Sergio Molina Pastor <sergio.molina@correo-norte.example>",
    "Queja por el trato del revisor y la foto de mi DNI",
    """Buenas tardes,

Les escribo indignado. El pasado jueves, en el regional de las 8:05, el revisor me pidió el billete.
Lo tenía en el móvil pero la app se quedó colgada. En vez de esperar un minuto, me exigió el DNI,
le hizo una foto con su móvil personal (¡con su móvil personal!) y me dijo que ya me llegaría la
multa a casa. Al final la app funcionó y le enseñé el billete válido, pero ni se disculpó.

No quiero que una foto de mi DNI esté en el teléfono de nadie ni en sus sistemas. Exijo que la
borren, y quiero saber qué otros datos míos guardaron de ese control.

Espero una respuesta seria.
Sergio Molina Pastor
""", R(["Erasure", "Access"], "sergio.molina@correo-norte.example", "Sergio", "Molina Pastor"))

add("es-15-reenvio-atencion", "Atención al Cliente <atencion.cliente@acme-corp.example>",
    "RV: ¿comparten mis datos con el Ayuntamiento?",
    """Hola equipo de privacidad,

Os reenvío esta consulta de una clienta, ¿le podéis contestar vosotros directamente?

Gracias,
Nuria (Atención al Cliente)

---------- Mensaje reenviado ----------
De: Elena Cabrera Núñez <elena.cabrera@correo-es.example>
Fecha: 12 nov 2026 11:47
Asunto: ¿comparten mis datos con el Ayuntamiento?
Para: atencion.cliente@acme-corp.example

Buenos días, tengo la tarjeta de pensionista subvencionada por el Ayuntamiento. ¿Ustedes le pasan al
Ayuntamiento mis viajes o solo el número de tarjetas? ¿Y durante cuánto tiempo guardan esos datos?
Elena Cabrera Núñez
""", R(["Information"], "elena.cabrera@correo-es.example", "Elena", "Cabrera Núñez"))

add("es-16-adjunto-objetos", "Objetos Perdidos <objetos.perdidos@acme-corp.example>",
    "RV: teléfono de contacto equivocado", "",
    R(["Rectification"], "ainhoa.ruiz@correo-norte.example", "Ainhoa", "Ruiz Olabarria"),
    attached=("Ainhoa Ruiz Olabarria <ainhoa.ruiz@correo-norte.example>", "teléfono de contacto equivocado",
              """Hola,

Denuncié la pérdida de mi mochila hace dos semanas y me dicen que la encontraron pero que no me
pudieron llamar. Han apuntado mal mi móvil: es el 612 345 789, no el 621 345 789. Corríjanlo, por
favor, en su registro.

Ainhoa Ruiz Olabarria
"""),
    note="Os paso este correo de una usuaria: pide que se corrija su teléfono en nuestro registro. Saludos, Kike - Objetos Perdidos")

add("es-17-ubicacion", "Tomás Aguilar <tomas.aguilar@correo-es.example>",
    "Ubicación en la app",
    """Hola, no quiero borrar la cuenta ni nada de eso, la app me va bien. Solo quiero que dejen de usar
mi ubicación en segundo plano para «mejorar el servicio». No lo autorizo.
Tomás
""", R(["Opposition"], "tomas.aguilar@correo-es.example", "Tomás", "Aguilar"))

add("es-18-mayusculas", "MANOLO JIMENEZ <manolo.jimenez@correo-viejo.example>",
    "BORREN MIS DATOS",
    """QUIERO QUE BORREN TODOS MIS DATOS DE SU EMPRESA YA NO USO EL AUTOBUS. GRACIAS. MANOLO JIMENEZ
""", R(["Erasure"], "manolo.jimenez@correo-viejo.example", "Manolo", "Jimenez"))

add("es-19-latin1-acceso", "Ángel Domínguez Peña <angel.dominguez@correo-antiguo.example>",
    "Solicitud de información personal",
    """Muy señores míos:

Soy usuario del abono de mayores desde 2019. Les ruego que me remitan por correo postal una relación
de los datos que tienen de mí, incluida la fotografía y los viajes registrados.

Mi dirección es C/ Alcalá 214, 3.º B, 28028 Madrid.

Reciban un cordial saludo,
Ángel Domínguez Peña
""", R(["Access"], "angel.dominguez@correo-antiguo.example", "Ángel", "Domínguez Peña"),
    ct=LATIN1, encode="latin-1")

add("es-20-testamento-digital", "Montserrat Puig Ferrer <montserrat.puig@correu-cat.example>",
    "Testamento digital",
    """Buenos días,

Estoy preparando mi testamento digital. ¿Cómo puedo dejar indicado qué deben hacer con mi cuenta de
cliente y mis datos cuando fallezca? Quiero que mi sobrino, Jordi Puig, pueda pedir que se borren.

Gràcies,
Montserrat Puig Ferrer
""", R(["AdvanceDirectives"], "montserrat.puig@correu-cat.example", "Montserrat", "Puig Ferrer"))

add("es-21-hija-fallecido", "Raquel Medina Ortiz <raquel.medina@correo-sur.example>",
    "Datos de mi padre fallecido",
    """Buenas tardes,

Mi padre, Francisco Medina Herrera, falleció el 3 de octubre. Como heredera, quiero saber qué datos
suyos conservan (tenía abono de mayores con cargo en cuenta) y después que los borren todos.
Adjunto certificado de defunción y libro de familia.

Gracias,
Raquel Medina Ortiz
""", R(["Access", "Erasure"], "raquel.medina@correo-sur.example", "Francisco", "Medina Herrera",
       representative="Raquel Medina Ortiz"))

add("es-22-task-encargado", "Pablo Cortés <pablo.cortes@acme-corp.example>",
    "Revisión contrato de encargado - validadoras",
    """Hola,

Vamos a renovar el contrato de mantenimiento de las validadoras con TecnoValid S.L. y ahora tendrán
acceso remoto a los logs de transacciones. ¿Podéis revisar la cláusula de encargado del tratamiento
antes del día 30?

Gracias,
Pablo Cortés
Compras
""", TASK("pablo.cortes@acme-corp.example", "Pablo", "Cortés"))

add("es-23-task-eipd-matriculas", "Beatriz Santos <beatriz.santos@acme-corp.example>",
    "EIPD lectura de matrículas en aparcamientos disuasorios",
    """Buenos días,

Queremos instalar cámaras de lectura de matrículas en los tres aparcamientos disuasorios para dar
acceso gratuito a quien tenga abono. Entiendo que hace falta una evaluación de impacto. ¿Cuándo
podemos reunirnos para empezarla?

Beatriz Santos
Directora de Intermodalidad
""", TASK("beatriz.santos@acme-corp.example", "Beatriz", "Santos"))

add("es-24-task-registro", "Calidad y Reclamaciones <calidad@acme-corp.example>",
    "Nuevo gestor de reclamaciones - registro de actividades",
    """Hola,

El 1 de diciembre migramos las reclamaciones a la nueva herramienta CRM. Haría falta actualizar el
registro de actividades de tratamiento y revisar los plazos de conservación. ¿Lo veis vosotros?

Un saludo,
Jorge Prieto
Calidad y Reclamaciones
""", TASK("calidad@acme-corp.example", "Jorge", "Prieto"))

add("es-25-inc-multas-error", "Verónica Lozano <veronica.lozano@acme-corp.example>",
    "Notificaciones de sanción enviadas a quien no era",
    """Hola,

Esta mañana el envío automático de notificaciones de sanción ha fallado: unas 40 personas han
recibido en su correo la notificación de otra persona (nombre, DNI, dirección, importe). Ya hemos
parado el proceso. ¿Qué hacemos ahora?

Verónica Lozano
Departamento de Sanciones
""", INC("veronica.lozano@acme-corp.example", "Verónica", "Lozano"))

add("es-26-inc-pdf-web", "Óscar Reyes <oscar.reyes@correo-es.example>",
    "PDF con DNIs en su web",
    """Hola,

Buscando cómo recurrir una multa, encontré en su web un PDF público con una lista de expedientes
sancionadores: nombres completos, DNI y los importes. Cualquiera lo puede descargar desde Google.
Les dejo el enlace: https://acme-corp.example/docs/sanciones_2026_T3.pdf

Óscar Reyes
""", INC("oscar.reyes@correo-es.example", "Óscar", "Reyes"))

add("es-27-inc-movil", "Raúl Ibarra <raul.ibarra@acme-corp.example>",
    "Me han robado el móvil de empresa",
    """Buenas, ayer me robaron el móvil de empresa en el metro. Tengo ahí el correo corporativo y el
grupo de WhatsApp de inspectores con fotos de DNIs de sancionados. No tenía PIN, lo siento.
Raúl Ibarra, Inspección
""", INC("raul.ibarra@acme-corp.example", "Raúl", "Ibarra"))

add("es-28-dsr-reclamo", "Gonzalo Herrera Vidal <gonzalo.herrera@correo-es.example>",
    "RE: [DSR-84420] Hemos recibido su solicitud",
    """Buenas,

Ha pasado más de un mes y no me han contestado. Si no recibo respuesta esta semana acudiré a la AEPD.

Gonzalo Herrera

> Su solicitud ha quedado registrada con el número DSR-84420.
""", FU("84420", "gonzalo.herrera@correo-es.example", "Gonzalo", "Herrera Vidal"))

add("es-29-irt-dni", "Lucía Moreno Castillo <lucia.moreno.castillo@correo-es.example>",
    "RE: ¿Qué tienen guardado de mí?",
    """Hola de nuevo,

Os adjunto la copia del DNI que me pidieron por teléfono para tramitar lo que solicité.

Lucía
""", FU(ref("es-01-que-tienen"), "lucia.moreno.castillo@correo-es.example", "Lucía", "Moreno Castillo"),
    headers=irt("es-01-que-tienen"))

add("es-30-spam-loteria", "Lotería Internacional <premios@loteria-internacional.example>",
    "¡Felicidades! Ha ganado 850.000 EUR",
    """Estimado ganador:

Su dirección de correo ha sido seleccionada en nuestro sorteo internacional. Para cobrar su premio,
envíenos su nombre completo, DNI y número de cuenta. Sus datos serán protegidos y eliminados tras el
pago conforme al RGPD.

Departamento de Premios
""", IGN("spam", "premios@loteria-internacional.example"), headers=SPAM_HDR)

add("es-31-spam-bloqueo", "RegioPass Seguridad <seguridad@regiopass-verificacion.example>",
    "Su tarjeta será bloqueada en 24 horas",
    """Estimado cliente:

Hemos detectado actividad inusual en su tarjeta RegioPass. Para evitar el bloqueo y proteger sus
datos personales, verifique su identidad en el siguiente enlace:

http://regiopass-verificacion.example/login
""", IGN("spam", "seguridad@regiopass-verificacion.example"),
    headers=[AUTH(spf="fail", dmarc="fail", dom="regiopass-verificacion.example")])

add("es-32-fuera-oficina", "Isabel Márquez <isabel.marquez@consorcio-mail.example>",
    "Respuesta automática: Convenio de datos del consorcio",
    """Estaré fuera de la oficina hasta el 24 de noviembre. Para asuntos urgentes, contacte con
secretaria@consorcio-mail.example.

Isabel Márquez
Consorcio de Transportes
""", IGN("auto_reply", "isabel.marquez@consorcio-mail.example"),
    headers=["Auto-Submitted: auto-replied"])

add("es-33-boletin", "Boletín Movilidad <boletin@movilidad-hoy.example>",
    "Movilidad Hoy - nº 212",
    """MOVILIDAD HOY - Boletín semanal nº 212

· Nuevas ayudas al transporte público para 2027
· Entrevista: la tarjeta única, ¿realidad o utopía?
· Agenda del sector

Para darse de baja de este boletín pulse aquí: https://movilidad-hoy.example/baja
""", IGN("bulk", "boletin@movilidad-hoy.example"),
    headers=["List-Id: Movilidad Hoy <boletin.movilidad-hoy.example>",
             "List-Unsubscribe: <https://movilidad-hoy.example/baja>",
             "Precedence: bulk"])
