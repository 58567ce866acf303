from common import *  # part es: written blind

add("es-01-derecho-acceso-formal",
    "María del Carmen Rodríguez Ortega <mcarmen.rodriguez@correo.example>",
    "Ejercicio del derecho de acceso (art. 15 RGPD)",
    """Muy señores míos:

Por medio del presente escrito ejerzo el derecho de acceso reconocido en el artículo 15 del
Reglamento (UE) 2016/679 y en el artículo 13 de la Ley Orgánica 3/2018 (LOPDGDD), y solicito
que se me facilite copia de todos los datos personales que sobre mí constan en sus ficheros,
la finalidad de su tratamiento, los destinatarios a los que se han comunicado y el plazo de
conservación.

Datos del contrato: CUPS ES0021000012345678AB, suministro en C/ Alfarería 17, 3º B, 41010
Sevilla.

Adjunto copia de mi DNI.

Atentamente,

María del Carmen Rodríguez Ortega
""",
    R(["Access"], "mcarmen.rodriguez@correo.example", "María del Carmen", "Rodríguez Ortega"))

add("es-02-una-linea-llamadas",
    "pacotrompeta@buzon.example",
    "llamadas",
    """no me llaméis más para ofrecerme placas solares, gracias
""",
    R(["Opposition"], "pacotrompeta@buzon.example"))

add("es-03-puerta-a-puerta-cambio-compania",
    "Antonio Jiménez Calvo <antonio.jimenez.calvo@mimail.example>",
    "Me han cambiado de compañía sin mi consentimiento",
    """Buenas tardes:

Les escribo indignado. El 20 de octubre vino a casa un comercial diciendo que era "de la luz"
y que tenía que revisar la factura porque me estaban cobrando de más. Mi madre, que tiene 84
años y vive conmigo, le enseñó la factura y él hizo fotos. Sin que nadie firmase nada
consciente, a las dos semanas recibo una carta de bienvenida suya y un recibo domiciliado en
mi cuenta. He tenido que llamar cuatro veces a la distribuidora para volver con mi
comercializadora de siempre.

Quiero que me envíen una copia de todos los datos míos que tienen, incluida esa "firma" y
las fotos de la factura, porque voy a poner una reclamación en consumo. Una vez que me la
hayan enviado, quiero que borren absolutamente todo.

Y que sepan que lo voy a denunciar también ante la Agencia de Protección de Datos.

Antonio Jiménez Calvo
""",
    R(["Access", "Erasure"], "antonio.jimenez.calvo@mimail.example", "Antonio", "Jiménez Calvo"))

add("es-04-rectificacion-dni-direccion",
    "Javier Gómez de la Fuente <javier.gomezdelafuente@correo.example>",
    "Datos erróneos en mi contrato",
    """Hola,

En mi contrato de gas el DNI tiene una letra equivocada (es 12345678Z, no 12345678S) y el
piso sale como 2º A cuando es 2º C. Por culpa de esto el banco me ha devuelto un recibo.
¿Podéis corregirlo?

Un saludo,
Javier Gómez de la Fuente
""",
    R(["Rectification"], "javier.gomezdelafuente@correo.example", "Javier", "Gómez de la Fuente"))

add("es-05-supresion-tras-baja",
    "Lucía Fernández Martín <lucia.fdez.martin@webmail.example>",
    "Supresión de mis datos",
    """Buenos días,

Me di de baja como clienta en agosto y ya he pagado la última factura. Les pido que supriman
mis datos personales y mi usuario del área de clientes. No necesito nada más de ustedes.

Gracias,
Lucía Fernández Martín
Enviado desde mi móvil
""",
    R(["Erasure"], "lucia.fdez.martin@webmail.example", "Lucía", "Fernández Martín"))

add("es-06-portabilidad-latin1",
    "Begoña Etxeberria Larrañaga <begona.etxeberria@euskomail.example>",
    "Datos de consumo para la nueva comercializadora",
    """Egun on / buenos días:

Voy a cambiarme a una cooperativa energética y me piden mi histórico de consumo horario. En
vuestra web sólo puedo descargar PDFs. ¿Me podéis enviar los datos en un formato
estructurado y que se pueda leer con el ordenador (Excel o CSV), o mandárselos directamente
a ellos?

Begoña Etxeberria Larrañaga
""",
    R(["Portability"], "begona.etxeberria@euskomail.example", "Begoña", "Etxeberria Larrañaga"),
    ct=LATIN1, encode="latin-1")

add("es-07-html-asnef-limitacion",
    "Andrés Morales Vidal <andres.morales.vidal@correo-web.example>",
    "Inclusión en fichero de morosos - deuda reclamada",
    html("Estimados señores:",
         "He recibido una notificación de inclusión en un fichero de solvencia por una supuesta "
         "deuda de 612,30 euros con su empresa, que tengo reclamada desde julio (reclamación "
         "n.º 2026-RC-4471) porque corresponde a un periodo en que ya no era cliente.",
         "Solicito que, mientras se resuelve la reclamación, limiten el tratamiento de mis datos "
         "y no los comuniquen a ningún fichero ni a empresas de recobro. Asimismo, solicito copia "
         "de los datos que hayan comunicado a dicho fichero.",
         "Atentamente,<br>Andrés Morales Vidal<br>Tel. 600 123 456"),
    R(["Restriction", "Access"], "andres.morales.vidal@correo-web.example", "Andrés", "Morales Vidal"),
    ct=HTML)

add("es-08-financiacion-denegada",
    "Rosa Iglesias Cano <rosa.iglesias.cano@hogarmail.example>",
    "Financiación de placas denegada",
    """Hola,

He solicitado en vuestra web la financiación para la instalación de placas solares y me han
denegado automáticamente en un segundo. Nadie ha mirado mi caso. Pido que una persona revise
la solicitud y poder explicar mi situación (acabo de cambiar de trabajo, por eso tengo poca
antigüedad).

Rosa Iglesias Cano
""",
    R(["AutomatedDecision"], "rosa.iglesias.cano@hogarmail.example", "Rosa", "Iglesias Cano"))

add("es-09-tutor-hermano",
    "Manuel Herrera Soto <manuel.herrera.soto@familiaherrera.example>",
    "Solicitud en nombre de mi hermano Sergio Herrera Soto",
    """Buenos días:

Soy el tutor legal de mi hermano, Sergio Herrera Soto, con discapacidad intelectual, según
sentencia del Juzgado de Primera Instancia n.º 5 de Zaragoza que adjunto. Mi hermano es
titular de un contrato de luz con ustedes en Avda. Goya 40, Zaragoza.

Me consta que se han contratado servicios adicionales (mantenimiento, seguro de
electrodomésticos) que él no entiende. Les solicito, en su nombre, toda la información
personal que tengan registrada sobre él, incluidas las grabaciones de las llamadas de
contratación.

Atentamente,
Manuel Herrera Soto
""",
    R(["Access"], "manuel.herrera.soto@familiaherrera.example", "Sergio", "Herrera Soto",
      representative="Manuel Herrera Soto"))

add("es-10-hija-padre-fallecido",
    "Cristina Vázquez Romero <cristina.vazquez.romero@correo.example>",
    "Fallecimiento de mi padre, José Vázquez Paredes",
    """Hola,

Mi padre, José Vázquez Paredes, falleció en septiembre. Soy su heredera y ya hemos hecho el
cambio de titular del contrato a nombre de mi madre. Aun así siguen llegando cartas y
llamadas comerciales a su nombre. Por favor, dejen de enviarle publicidad y eliminen sus
datos personales de sus sistemas.

Adjunto certificado de defunción y declaración de herederos.

Cristina Vázquez Romero
""",
    R(["Opposition", "Erasure"], "cristina.vazquez.romero@correo.example", "José", "Vázquez Paredes",
      representative="Cristina Vázquez Romero"))

add("es-11-mayusculas-publicidad",
    "PURI SANCHEZ <purisanchez1960@correo-rapido.example>",
    "BASTA YA",
    """DEJEN DE MANDARME PUBLICIDAD DE SUS OFERTAS POR CORREO Y POR WHATSAPP. Y BORREN MIS
DATOS DE UNA VEZ. NO SOY CLIENTA SUYA NI LO VOY A SER.
""",
    R(["Opposition", "Erasure"], "purisanchez1960@correo-rapido.example", "Puri", "Sanchez"))

add("es-12-argentina-quien-recibe",
    "Valentina Ruiz <valentina.ruiz@mailsur.example>",
    "Consulta sobre mis datos del medidor",
    """Hola, ¿qué tal?

Vivo en Madrid hace dos años y tengo contrato con ustedes. Quería consultarles: los datos
de consumo del medidor inteligente, ¿los comparten con alguien? ¿Los venden a otras
empresas o los usan para publicidad? ¿Cuánto tiempo los guardan? No necesito que me manden
nada, sólo quiero entender cómo funciona.

Saludos,
Valentina Ruiz
""",
    R(["Information"], "valentina.ruiz@mailsur.example", "Valentina", "Ruiz"))

add("es-13-companero-reenvio-robinson",
    "Marta Delgado <marta.delgado@acme-corp.example>",
    "RV: que no me llamen",
    """Hola equipo de privacidad:

Os reenvío este correo que nos ha llegado al buzón de atención al cliente. La clienta pide
que no la llamemos más. ¿Lo tramitáis vosotros?

Gracias,
Marta Delgado
Atención al Cliente - Coordinadora

-----Mensaje original-----
De: Encarnación Pérez Lozano <encarna.perez.lozano@correo.example>
Enviado el: jueves, 12 de noviembre de 2026 20:15
Para: atencion@acme-corp.example
Asunto: que no me llamen

Estoy inscrita en la Lista Robinson y aun así me llaman de su parte casi cada semana para
ofrecerme cambiar la tarifa. No quiero recibir ninguna llamada comercial más.
Encarnación Pérez Lozano
""",
    R(["Opposition"], "encarna.perez.lozano@correo.example", "Encarnación", "Pérez Lozano"))

add("es-14-companero-adjunto-grabacion",
    "Iván Ramos <ivan.ramos@acme-corp.example>",
    "RV: grabación de mi llamada",
    "",
    R(["Access"], "oscar.navarro.gil@buzonweb.example", "Óscar", "Navarro Gil"),
    note="""Buenas, os adjunto un correo de un cliente que pide la grabación de una llamada de
venta. No sé si se puede dar. Saludos, Iván (Ventas telefónicas)""",
    attached=("Óscar Navarro Gil <oscar.navarro.gil@buzonweb.example>", "grabación de mi llamada",
              """Buenas,

El 15 de octubre me llamaron y según ustedes acepté una tarifa nueva. Quiero que me envíen la
grabación de esa llamada y cualquier otro dato que tengan sobre mí.

Óscar Navarro Gil
"""))

add("es-15-faltas-sin-puntuacion",
    "kevin_2001@correorapido.example",
    "datos",
    """ola kiero saver k datos teneis mios xq me llegan cartas vuestras a mi nombre y yo nunca e
sido cliente gracias
""",
    R(["Access"], "kevin_2001@correorapido.example"))

add("es-16-recibo-duplicado",
    "Fernando Castro Molina <fcastro.molina@correo.example>",
    "Recibo cobrado dos veces",
    """Hola,

Este mes me han pasado el recibo de la luz dos veces por el banco (78,45 euros cada uno) y
además no me ha llegado la factura de octubre. ¿Me podéis devolver uno de los cargos?

Fernando Castro Molina
""",
    R(["Unknown"], "fcastro.molina@correo.example", "Fernando", "Castro Molina"))

add("es-17-no-baja-solo-estudios-cp1252",
    "Elena Ortiz Blanco <elena.ortiz.blanco@correo-hogar.example>",
    "Uso de mis datos del contador para estudios",
    """Buenas tardes:

Quiero dejar claro que NO quiero darme de baja ni que borréis nada. Lo que pido es que dejéis
de utilizar los datos de consumo de mi contador para \u201cestudios de mercado\u201d y para
enviarme ofertas personalizadas. Me opongo a ese uso.

Un saludo,
Elena Ortiz Blanco
""",
    R(["Opposition"], "elena.ortiz.blanco@correo-hogar.example", "Elena", "Ortiz Blanco"),
    ct=CP1252, encode="cp1252")

add("es-18-testamento-digital",
    "Jordi Puig Castells <jordi.puig.castells@correu.example>",
    "Testamento digital - instrucciones sobre mis datos",
    """Buenos días,

Estoy preparando mi testamento digital. Quiero dejar instrucciones para que, cuando yo
fallezca, mi hija Núria Puig Serra pueda decidir sobre mis datos personales en su empresa y
solicitar su supresión. ¿Cómo puedo dejar registradas estas instrucciones en mi expediente?

Gracias,
Jordi Puig Castells
Girona
""",
    R(["AdvanceDirectives"], "jordi.puig.castells@correu.example", "Jordi", "Puig Castells"))

add("es-19-tarea-contrato-recobro",
    "Beatriz Molina <beatriz.molina@acme-corp.example>",
    "Revisión contrato de encargo - nueva agencia de recobro",
    """Hola,

Vamos a contratar a Recobros Levante S.L. para la gestión de impagados de la zona de Valencia
y Murcia. Nos han pasado su contrato de encargado del tratamiento y el anexo de medidas de
seguridad. ¿Podéis revisarlo antes del día 30?

Gracias,
Beatriz Molina
Responsable de Gestión de Impagos
""",
    TASK("beatriz.molina@acme-corp.example", "Beatriz", "Molina"))

add("es-20-tarea-eipd-crm-puerta",
    "Raúl Serrano <raul.serrano@acme-corp.example>",
    "EIPD nueva app de venta puerta a puerta",
    """Buenos días,

Vamos a sustituir la app de la red de venta a domicilio por una nueva que registra la
geolocalización del comercial en cada visita y fotografía el DNI del cliente. Desde
Cumplimiento me dicen que necesitamos una evaluación de impacto antes del piloto de enero.
¿Quién me puede ayudar?

Raúl Serrano
Director de Canal Presencial
M. 699 000 111
""",
    TASK("raul.serrano@acme-corp.example", "Raúl", "Serrano"))

add("es-21-tarea-registro-actividades",
    "Laura Prieto <laura.prieto@acme-corp.example>",
    "Actualizar registro de actividades - aerotermia",
    """Hola equipo,

Con el nuevo servicio de instalación de aerotermia hay que añadir al registro de actividades
de tratamiento el tratamiento de datos de los instaladores subcontratados y de las visitas
técnicas. ¿Os paso la ficha rellena o preferís hacerlo vosotros?

Un saludo,
Laura Prieto
Producto Soluciones Energéticas
""",
    TASK("laura.prieto@acme-corp.example", "Laura", "Prieto"))

add("es-22-incidente-whatsapp-dni",
    "Sergio Cabrera <sergio.cabrera@acme-corp.example>",
    "He mandado fotos de DNIs a un grupo equivocado",
    """Hola,

Esta mañana, al enviar a la oficina las fotos de los contratos y DNIs de los 6 clientes que
firmé ayer, las he mandado por error al grupo de WhatsApp de mi equipo de fútbol (unas 20
personas). Las he borrado "para todos" a los 10 minutos pero no sé si alguien las ha visto
o descargado.

Lo siento mucho.
Sergio Cabrera
Comercial - Zona Málaga
""",
    INC("sergio.cabrera@acme-corp.example", "Sergio", "Cabrera"))

add("es-23-incidente-externo-factura-ajena",
    "Pilar Domínguez Ruiz <pilar.dominguez.ruiz@correo.example>",
    "Me ha llegado la factura de otra persona",
    """Buenas,

Hoy he recibido en mi correo electrónico una factura que no es mía: es de un tal Alberto
Reyes, con su dirección en Córdoba, su número de cuenta y su consumo. Supongo que alguien se
ha equivocado al escribir el email. Os aviso para que lo arregléis y por si mis facturas
también le llegan a otra persona.

Pilar Domínguez Ruiz
""",
    INC("pilar.dominguez.ruiz@correo.example", "Pilar", "Domínguez Ruiz"))

add("es-24-incidente-ransomware-oficina",
    "David Ortega <david.ortega@acme-corp.example>",
    "Posible ransomware en la oficina de Sevilla",
    """Hola,

Un equipo de la oficina comercial de Sevilla ha empezado a cifrar archivos después de que una
compañera abriera un adjunto de un supuesto proveedor. Lo hemos desconectado de la red. En
la carpeta compartida afectada hay contratos escaneados de clientes. Seguimos analizando el
alcance con el proveedor de seguridad.

David Ortega
Seguridad TI
""",
    INC("david.ortega@acme-corp.example", "David", "Ortega"))

add("es-25-seguimiento-dsr",
    "Mercedes Luna García <mercedes.luna.garcia@correo.example>",
    "RE: [DSR-27745] Hemos recibido su solicitud",
    """Buenos días,

Ha pasado más de un mes desde que recibí este acuse y no tengo ninguna respuesta. ¿Cuándo
me van a contestar?

Mercedes Luna García

> Estimada Sra. Luna: su solicitud ha quedado registrada con la referencia DSR-27745.
""",
    FU("27745", "mercedes.luna.garcia@correo.example", "Mercedes", "Luna García"))

add("es-26-respuesta-foto-dni",
    "Javier Gómez de la Fuente <javier.gomezdelafuente@correo.example>",
    "Re: Datos erróneos en mi contrato",
    """Perdonad, se me olvidó adjuntar la foto del DNI para que veáis la letra correcta. Va en
este correo.

Javier
""",
    FU(ref("es-04-rectificacion-dni-direccion"), "javier.gomezdelafuente@correo.example", "Javier",
       "Gómez de la Fuente"),
    headers=irt("es-04-rectificacion-dni-direccion"))

add("es-27-spam-borrar-internet",
    "BorraTusDatos <info@borratusdatos-ya.example>",
    "¿Sabes cuántas empresas tienen tus datos? Bórralos todos hoy",
    """¡Hola!

Tus datos personales están en más de 300 bases de datos. Con BorraTusDatos enviamos
automáticamente solicitudes de supresión a todas ellas. Primer mes GRATIS. Solo hoy, 70% de
descuento.

Pulsa aquí para empezar.

Si no deseas recibir más correos, haz clic aquí.
""",
    IGN("spam", "info@borratusdatos-ya.example"), headers=SPAM_HDR)

add("es-28-spam-factura-pendiente",
    "Facturación <avisos@factura-luz-pendiente.example>",
    "Aviso de corte de suministro - factura pendiente",
    """Estimado cliente:

Tiene una factura pendiente de 94,12 EUR. Si no la abona en 24 horas se procederá al corte
del suministro. Por su seguridad y la protección de sus datos, pague únicamente a través del
siguiente enlace seguro: http://factura-luz-pendiente.example/pago

Departamento de Facturación
""",
    IGN("spam", "avisos@factura-luz-pendiente.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="factura-luz-pendiente.example")])

add("es-29-respuesta-automatica",
    "Notaría Alonso <notaria@notaria-alonso.example>",
    "Respuesta automática: Solicitud de información",
    """Gracias por su mensaje. La notaría permanecerá cerrada hasta el lunes 23 de noviembre.
Atenderemos su consulta a nuestro regreso.

Notaría Alonso - Valladolid
""",
    IGN("auto_reply", "notaria@notaria-alonso.example"),
    headers=["Auto-Submitted: auto-replied"])

add("es-30-boletin-proteccion-datos",
    "Boletín Privacidad Hoy <boletin@privacidadhoy.example>",
    "Privacidad Hoy n.º 312: sanciones de la AEPD a comercializadoras",
    """PRIVACIDAD HOY - Boletín semanal

- La AEPD sanciona a dos comercializadoras por contrataciones sin consentimiento
- Guía práctica: derechos de los interesados en el sector energético
- Agenda: jornada sobre contadores inteligentes

Recibe este boletín porque está suscrito. Darse de baja
""",
    IGN("bulk", "boletin@privacidadhoy.example"),
    headers=["List-Id: Privacidad Hoy <boletin.privacidadhoy.example>",
             "List-Unsubscribe: <https://privacidadhoy.example/baja>",
             "Precedence: bulk"])
